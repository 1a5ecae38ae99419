require "test_helper"

class HealthControllerTest < ActionDispatch::IntegrationTest
  test "answers ok as JSON" do
    get health_path
    assert_response :ok
    assert_equal "application/json", response.media_type
    assert_equal({ "status" => "ok" }, response.parsed_body)
  end
end

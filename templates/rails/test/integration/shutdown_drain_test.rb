require "test_helper"

# The drain after SIGTERM (config/puma.rb sets the flag): /ready fails, the other answers still come,
# each one closing its connection.
class ShutdownDrainTest < ActionDispatch::IntegrationTest
  teardown { ShutdownDrain.draining = false }

  test "answers without closing the connection before the drain" do
    get health_path
    assert_response :ok
    assert_nil response.headers["connection"]
  end

  test "fails readiness and closes every connection while draining" do
    ShutdownDrain.draining = true

    get ready_path
    assert_response :service_unavailable
    assert_equal "unavailable", response.parsed_body["status"]
    assert_equal "close", response.headers["connection"]

    get api_items_path
    assert_response :ok
    assert_equal "close", response.headers["connection"]
  end
end

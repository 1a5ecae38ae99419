require "test_helper"

class ItemsControllerTest < ActionDispatch::IntegrationTest
  test "renders the item list as HTML" do
    get root_path
    assert_response :ok
    assert_equal "text/html", response.media_type
    assert_select "h1", "Items"
    assert_select ".items li", Item.count
    assert_select ".items li", /Notebook/
  end

  test "adds an item from the form" do
    assert_difference("Item.count", 1) do
      post items_path, params: { item: { name: "Eraser", description: "Soft" } }
    end
    assert_redirected_to root_path

    follow_redirect!
    assert_select ".notice", "Item added."
    assert_select ".items li", /Eraser/
  end

  test "shows why an item is invalid" do
    assert_no_difference("Item.count") do
      post items_path, params: { item: { name: "" } }
    end
    assert_response :unprocessable_content
    assert_select ".errors li", "Name can't be blank"
  end
end

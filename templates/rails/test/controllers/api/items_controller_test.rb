require "test_helper"

module Api
  class ItemsControllerTest < ActionDispatch::IntegrationTest
    test "lists the items" do
      get api_items_path
      assert_response :ok
      assert_equal "application/json", response.media_type
      assert_equal Item.order(:id).pluck(:name), response.parsed_body.map { |item| item["name"] }
    end

    test "creates an item and answers it with its integer id" do
      assert_difference("Item.count", 1) do
        post api_items_path, params: { name: "Ruler", description: "30 cm" }, as: :json
      end
      assert_response :created
      body = response.parsed_body
      assert_kind_of Integer, body["id"]
      assert_equal "Ruler", body["name"]
      assert_equal "30 cm", body["description"]
      assert_equal "Ruler", Item.find(body["id"]).name
    end

    test "creates an item without a description" do
      post api_items_path, params: { name: "Ruler" }, as: :json
      assert_response :created
      assert_nil response.parsed_body["description"]
    end

    test "shows an item" do
      item = items(:notebook)
      get api_item_path(item)
      assert_response :ok
      assert_equal item.id, response.parsed_body["id"]
      assert_equal "Notebook", response.parsed_body["name"]
    end

    test "answers 404 JSON for a missing item" do
      get api_item_path(987_654_321)
      assert_response :not_found
      assert_equal "application/json", response.media_type
      assert_equal "not found", response.parsed_body["error"]
    end

    test "answers 404 JSON for an id that is not an integer" do
      [ "abc", "99999999999999999999" ].each do |id|
        get "/api/items/#{id}"
        assert_response :not_found, "GET /api/items/#{id}"
        assert_equal "not found", response.parsed_body["error"]
      end
    end

    test "answers 404 JSON for an unknown API path" do
      get "/api/nothing-here"
      assert_response :not_found
      assert_equal "not found", response.parsed_body["error"]
    end

    test "refuses an item without a name" do
      assert_no_difference("Item.count") do
        post api_items_path, params: { description: "no name" }, as: :json
      end
      assert_response :unprocessable_content
      assert_equal "Name can't be blank", response.parsed_body["error"]
      assert_includes response.parsed_body["details"]["name"], "can't be blank"
    end

    test "refuses a name longer than 100 characters" do
      post api_items_path, params: { name: "a" * 101 }, as: :json
      assert_response :unprocessable_content
      assert_includes response.parsed_body["details"]["name"], "is too long (maximum is 100 characters)"
    end

    test "refuses a name that is not a string" do
      post api_items_path, params: { name: 42 }, as: :json
      assert_response :unprocessable_content
      assert_includes response.parsed_body["details"]["name"], "must be a string"
    end

    test "refuses a malformed JSON body" do
      assert_no_difference("Item.count") do
        post api_items_path, params: '{"name": ', headers: { "Content-Type" => "application/json" }
      end
      assert_response :bad_request
      assert_equal "malformed JSON body", response.parsed_body["error"]
    end
  end
end

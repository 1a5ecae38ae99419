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

    test "refuses a description longer than 1000 characters" do
      post api_items_path, params: { name: "Ruler", description: "a" * 1001 }, as: :json
      assert_response :unprocessable_content
      assert_includes response.parsed_body["details"]["description"], "is too long (maximum is 1000 characters)"
    end

    test "ignores fields it does not know" do
      post api_items_path, params: { name: "Ruler", extra: 1 }, as: :json
      assert_response :created
      assert_not response.parsed_body.key?("extra")
    end

    test "accepts a charset parameter" do
      post api_items_path, params: '{"name": "Ruler"}', headers: { "Content-Type" => "application/json; charset=utf-8" }
      assert_response :created
    end

    test "answers 415 JSON for a body that is not sent as JSON" do
      [ "text/plain", "application/x-www-form-urlencoded", nil ].each do |type|
        assert_no_difference("Item.count") do
          post api_items_path, params: '{"name": "Ruler"}', headers: { "Content-Type" => type }.compact
        end
        assert_response :unsupported_media_type, "Content-Type: #{type.inspect}"
        assert_equal "Content-Type must be application/json", response.parsed_body["error"]
      end
    end

    test "answers 400 JSON for a body that is not a JSON object" do
      [ "[1, 2]", '"Ruler"', "42", "true", "null" ].each do |body|
        post api_items_path, params: body, headers: { "Content-Type" => "application/json" }
        assert_response :bad_request, body
        assert_equal "body must be a JSON object", response.parsed_body["error"]
      end
    end

    test "answers 400 JSON for invalid UTF-8 and for deeply nested JSON" do
      nested = "[" * 100_000 + "]" * 100_000
      [ "{\"name\": \"\xFF\xFE\"}".b, "{\"name\": \"deep\", \"description\": #{nested}}" ].each do |body|
        assert_no_difference("Item.count") do
          post api_items_path, params: body, headers: { "Content-Type" => "application/json" }
        end
        assert_response :bad_request
        assert_equal "malformed JSON body", response.parsed_body["error"]
      end
    end

    test "answers 405 JSON with Allow for another method on a known path" do
      {
        [ :delete, "/api/items" ] => "GET, HEAD, POST",
        [ :put, "/api/items" ] => "GET, HEAD, POST",
        [ :patch, "/api/items/1" ] => "GET, HEAD",
        [ :post, "/api/items/1" ] => "GET, HEAD"
      }.each do |(method, path), allow|
        process method, path
        assert_response :method_not_allowed, "#{method} #{path}"
        assert_equal allow, response.headers["Allow"]
        assert_equal "application/json", response.media_type
      end
    end

    test "lists the items with a trailing slash too" do
      get "/api/items/"
      assert_response :ok
      assert_kind_of Array, response.parsed_body
    end

    test "answers 404 JSON for a path below an item" do
      get "/api/items/1/nothing-here"
      assert_response :not_found
      assert_equal "not found", response.parsed_body["error"]
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

require "test_helper"

class ItemTest < ActiveSupport::TestCase
  test "is valid with a name and no description" do
    assert Item.new(name: "Notebook").valid?
  end

  test "requires a name that is not blank" do
    item = Item.new(name: "   ")
    assert_not item.valid?
    assert_includes item.errors[:name], "can't be blank"
  end

  test "limits the name to 100 characters" do
    assert Item.new(name: "a" * 100).valid?
    assert_not Item.new(name: "a" * 101).valid?
  end

  test "refuses a name or description that is not a string" do
    item = Item.new(name: 42, description: true)
    assert_not item.valid?
    assert_includes item.errors[:name], "must be a string"
    assert_includes item.errors[:description], "must be a string"
  end
end

require "test_helper"

# The database itself: persistence across connections, migrations applied once, readiness. Outside
# the per-test transaction, since a row must be committed for another connection to see it.
class DatabaseTest < ActionDispatch::IntegrationTest
  self.use_transactional_tests = false

  test "an item outlives its connection" do
    item = Item.create!(name: "kept")

    ActiveRecord::Base.connection_pool.disconnect!

    assert_equal "kept", Item.find(item.id).name
  ensure
    # Only this test's row: the fixtures stay for the other tests.
    item&.destroy!
  end

  test "migrations are applied once" do
    context = ActiveRecord::Base.connection_pool.migration_context

    assert_not context.needs_migration?
    assert_empty context.migrate
  end

  test "ready while the database answers" do
    get ready_path

    assert_response :ok
    assert_equal({ "status" => "ready" }, response.parsed_body)
  end

  test "not ready while the database does not answer" do
    with_unreachable_database do
      get ready_path

      assert_response :service_unavailable
      assert_equal "unavailable", response.parsed_body["status"]

      get health_path
      assert_response :ok
    end
  end

  private
    # Points Active Record at a database that cannot be opened, then back.
    def with_unreachable_database
      original = ActiveRecord::Base.connection_db_config
      unreachable =
        if original.adapter == "sqlite3"
          # Below a regular file: no folder, hence no database, can be made there.
          { adapter: "sqlite3", database: "#{__FILE__}/unreachable.sqlite3" }
        else
          { adapter: "postgresql", url: "postgresql://nobody@127.0.0.1:1/unreachable", connect_timeout: 2 }
        end
      ActiveRecord::Base.establish_connection(unreachable)
      yield
    ensure
      ActiveRecord::Base.establish_connection(original)
    end
end

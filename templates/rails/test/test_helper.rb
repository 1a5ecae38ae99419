ENV["RAILS_ENV"] ||= "test"
require_relative "../config/environment"
require "rails/test_help"

module ActiveSupport
  class TestCase
    # Run tests in parallel with specified workers. On the PostgreSQL of DATABASE_URL, one: parallel
    # workers would each create a database of their own, which needs the CREATEDB privilege.
    parallelize(workers: ENV["DATABASE_URL"].present? ? 1 : :number_of_processors)

    # Setup all fixtures in test/fixtures/*.yml for all tests in alphabetical order.
    fixtures :all
  end
end

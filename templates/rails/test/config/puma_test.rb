require "test_helper"
require "puma/configuration"

# What config/puma.rb asks of Puma, which the integration tests do not run through.
class PumaConfigTest < ActiveSupport::TestCase
  test "refuses bodies past MAX_BODY_BYTES and stops gracefully" do
    options = Puma::Configuration.new(config_files: [ Rails.root.join("config/puma.rb").to_s ]).load

    assert_equal 1_048_576, options[:http_content_length_limit]
    assert options[:drain_on_shutdown]
    assert_equal 10, options[:force_shutdown_after]
    assert_not options[:raise_exception_on_sigterm]
  end
end

# The drain after SIGTERM, started by config/puma.rb: while it lasts, GET /ready answers 503 and every
# answer carries Connection: close, so that keep-alive clients reconnect (to another instance) instead of
# reusing a connection that is about to close.
class ShutdownDrain
  class << self
    attr_accessor :draining
    alias_method :draining?, :draining
  end
  self.draining = false

  def initialize(app)
    @app = app
  end

  def call(env)
    status, headers, body = @app.call(env)
    headers["connection"] = "close" if self.class.draining?
    [ status, headers, body ]
  end
end

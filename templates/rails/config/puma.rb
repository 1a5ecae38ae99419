# This configuration file will be evaluated by Puma. The top-level methods that
# are invoked here are part of Puma's configuration DSL. For more information
# about methods provided by the DSL, see https://puma.io/puma/Puma/DSL.html.

require_relative "../lib/shutdown_drain"

# Puma serves each request in a thread from an internal thread pool. More threads
# mean more concurrency but also more memory and GVL contention; 3 is a good default.
threads_count = ENV.fetch("RAILS_MAX_THREADS", 3)
threads threads_count, threads_count

# Listen on HOST and PORT (default 0.0.0.0:3000). `bin/rails server -b HOST -p PORT` overrides both.
host = ENV.fetch("HOST", "0.0.0.0")
host = "[#{host}]" if host.include?(":")
bind "tcp://#{host}:#{ENV.fetch("PORT", 3000)}"

# MAX_BODY_BYTES and SHUTDOWN_DRAIN_SECONDS: a value that is not a whole number stops the server with
# one line.
setting = lambda do |name, default, minimum|
  text = ENV.fetch(name, "")
  next default if text.empty?

  value = Integer(text, 10, exception: false)
  next value if value && value >= minimum

  warn "#{name} must be a whole number from #{minimum}, not #{text.inspect}"
  exit 1
end

# Puma refuses a body past MAX_BODY_BYTES before buffering it: at once when its Content-Length says so,
# and as soon as a chunked body passes it. Puma writes that 413 itself, as plain text.
http_content_length_limit setting.call("MAX_BODY_BYTES", 1_048_576, 1)

# Allow puma to be restarted by `bin/rails restart` command.
plugin :tmp_restart

# Specify the PID file. Defaults to tmp/pids/server.pid in development.
# In other environments, only set the PID file if requested.
pidfile ENV["PIDFILE"] if ENV["PIDFILE"]

# On SIGTERM (and Ctrl-C): /ready turns 503 at once and Puma keeps serving for SHUTDOWN_DRAIN_SECONDS,
# every answer with Connection: close (lib/shutdown_drain.rb), so that a load balancer has time to move
# the traffic elsewhere. Then Puma's own graceful stop: it stops accepting, serves the connections
# already queued (drain_on_shutdown), gives requests in flight 10 s (force_shutdown_after) and exits 0
# (by default Puma re-raises SIGTERM, so the process would end with status 143).
drain_seconds = setting.call("SHUTDOWN_DRAIN_SECONDS", 5, 0)
drain_on_shutdown
force_shutdown_after 10
raise_exception_on_sigterm false

# Puma traps the signals as it boots: the drain wraps its handlers. This is single mode, Puma's default;
# with workers (WEB_CONCURRENCY), each worker would need the flag.
after_booted do
  %w[ TERM INT ].each do |signal|
    puma_stop = Signal.trap(signal) do
      next if ShutdownDrain.draining?

      ShutdownDrain.draining = true
      # A trap handler must not sleep or take a lock: the drain runs on a thread of its own.
      Thread.new do
        $stdout.puts "* SIG#{signal}: draining for #{drain_seconds} s, then stopping"
        sleep drain_seconds
        puma_stop.call
      end
    end
  end
end

# This configuration file will be evaluated by Puma. The top-level methods that
# are invoked here are part of Puma's configuration DSL. For more information
# about methods provided by the DSL, see https://puma.io/puma/Puma/DSL.html.

# Puma serves each request in a thread from an internal thread pool. More threads
# mean more concurrency but also more memory and GVL contention; 3 is a good default.
threads_count = ENV.fetch("RAILS_MAX_THREADS", 3)
threads threads_count, threads_count

# Listen on HOST and PORT (default 0.0.0.0:3000). `bin/rails server -b HOST -p PORT` overrides both.
host = ENV.fetch("HOST", "0.0.0.0")
host = "[#{host}]" if host.include?(":")
bind "tcp://#{host}:#{ENV.fetch("PORT", 3000)}"

# Allow puma to be restarted by `bin/rails restart` command.
plugin :tmp_restart

# Specify the PID file. Defaults to tmp/pids/server.pid in development.
# In other environments, only set the PID file if requested.
pidfile ENV["PIDFILE"] if ENV["PIDFILE"]

# On SIGTERM, finish the requests in flight and exit 0 (by default Puma re-raises the signal, so
# the process would end with status 143).
raise_exception_on_sigterm false

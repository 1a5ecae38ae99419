class HealthController < ActionController::API
  # Liveness: never touches the database.
  def show
    render json: { status: "ok" }
  end

  # Readiness: 200 while the database answers a query, 503 while it does not and from SIGTERM on
  # (lib/shutdown_drain.rb), so that a load balancer stops sending requests during the drain.
  def ready
    if ShutdownDrain.draining?
      return render json: { status: "unavailable", error: "shutting down" }, status: :service_unavailable
    end

    ActiveRecord::Base.with_connection { |connection| connection.select_value("SELECT 1") }
    render json: { status: "ready" }
  rescue ActiveRecord::ActiveRecordError
    render json: { status: "unavailable", error: "database unreachable" }, status: :service_unavailable
  end
end

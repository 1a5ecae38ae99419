class HealthController < ActionController::API
  # Liveness: never touches the database.
  def show
    render json: { status: "ok" }
  end

  # Readiness: 200 while the database answers a query, 503 while it does not.
  def ready
    ActiveRecord::Base.with_connection { |connection| connection.select_value("SELECT 1") }
    render json: { status: "ready" }
  rescue ActiveRecord::ActiveRecordError
    render json: { status: "unavailable", error: "database unreachable" }, status: :service_unavailable
  end
end

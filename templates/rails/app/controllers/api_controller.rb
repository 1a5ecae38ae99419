# Base of the JSON API: no session or CSRF token (clients send JSON, not forms), and every error
# answers {"error": "..."} with a 4xx status instead of an HTML page.
class ApiController < ActionController::API
  # Parameter wrapping would parse the body before rescue_from applies, so a malformed JSON body
  # would escape it; the actions read the top-level keys instead.
  wrap_parameters false

  rescue_from ActionDispatch::Http::Parameters::ParseError do
    render json: { error: "malformed JSON body" }, status: :bad_request
  end

  rescue_from ActiveRecord::RecordNotFound, with: :not_found

  rescue_from ActiveRecord::RecordInvalid do |invalid|
    errors = invalid.record.errors
    render json: { error: errors.full_messages.to_sentence, details: errors.to_hash }, status: :unprocessable_content
  end

  # Also the target of the catch-all route for unknown /api paths.
  def not_found
    render json: { error: "not found" }, status: :not_found
  end

  # The target of the routes that catch the other methods of known paths (config/routes.rb).
  def method_not_allowed
    response.headers["Allow"] = request.path_parameters[:allow]
    render json: { error: "#{request.method} is not allowed here" }, status: :method_not_allowed
  end

  private
    # A body is a JSON object sent as application/json: another media type is a 415, and a body that
    # parses to something else (Rails puts it under _json) a 400.
    def require_json_object
      if request.media_type != "application/json"
        render json: { error: "Content-Type must be application/json" }, status: :unsupported_media_type
      elsif request.request_parameters.keys == [ "_json" ]
        render json: { error: "body must be a JSON object" }, status: :bad_request
      end
    end
end

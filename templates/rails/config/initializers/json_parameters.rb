# JSON is UTF-8 (RFC 8259): a body with other bytes is malformed JSON, which ApiController answers with a
# 400 like any other. Rails' own parser would pass the bytes on, and Rails would then refuse the
# parameters outside the controller, where rescue_from does not reach.
json_parser = ActionDispatch::Request.parameter_parsers.fetch(:json)
ActionDispatch::Request.parameter_parsers = ActionDispatch::Request.parameter_parsers.merge(
  json: lambda do |raw_post|
    raise JSON::ParserError, "invalid UTF-8" unless raw_post.dup.force_encoding(Encoding::UTF_8).valid_encoding?

    json_parser.call(raw_post)
  end
)

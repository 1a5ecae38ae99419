# Base of the server-rendered pages: sessions, flash and CSRF protection for the forms.
class ApplicationController < ActionController::Base
end

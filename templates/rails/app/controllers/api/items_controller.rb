module Api
  class ItemsController < ApiController
    before_action :require_json_object, only: :create

    def index
      render json: Item.order(:id)
    end

    def show
      render json: Item.find(params[:id])
    end

    def create
      render json: Item.create!(item_params), status: :created
    end

    private
      # The JSON body's top-level keys: {"name": "...", "description": "..."}; others are ignored.
      def item_params
        params.permit(:name, :description)
      end
  end
end

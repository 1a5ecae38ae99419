# The server-rendered page: lists the items and adds one from the form.
class ItemsController < ApplicationController
  def index
    @items = Item.order(:id)
    @item = Item.new
  end

  def create
    @item = Item.new(item_params)
    if @item.save
      redirect_to root_path, notice: "Item added."
    else
      @items = Item.order(:id)
      render :index, status: :unprocessable_content
    end
  end

  private
    def item_params
      params.expect(item: [ :name, :description ])
    end
end

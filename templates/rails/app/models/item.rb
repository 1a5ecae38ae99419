class Item < ApplicationRecord
  validates :name, presence: true, length: { maximum: 100 }
  validates :description, length: { maximum: 1000 }
  validate :text_attributes_are_strings

  private
    # A JSON number or boolean would otherwise be stored as its text without a word.
    def text_attributes_are_strings
      %i[ name description ].each do |attribute|
        value = read_attribute_before_type_cast(attribute)
        errors.add(attribute, "must be a string") unless value.nil? || value.is_a?(String)
      end
    end
end

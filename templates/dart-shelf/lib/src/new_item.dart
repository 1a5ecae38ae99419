const maxNameLength = 100;
const maxDescriptionLength = 1000;

/// A valid body of POST /api/items.
final class NewItem {
  const NewItem(this.name, this.description);

  /// Reads a decoded JSON body: an object with a string `name` and an
  /// optional string `description`; other members are ignored. The name is
  /// trimmed, and its limit applies to the trimmed name.
  ///
  /// Throws an [InvalidItem] that says what is wrong.
  factory NewItem.fromJson(Object? json) {
    if (json is! Map<String, Object?>) {
      throw const InvalidItem('body must be a JSON object');
    }
    final name = json['name'];
    if (name == null) throw const InvalidItem('name is required');
    if (name is! String) throw const InvalidItem('name must be a string');
    final trimmed = name.trim();
    if (trimmed.isEmpty) throw const InvalidItem('name must not be blank');
    if (trimmed.runes.length > maxNameLength) {
      throw const InvalidItem('name must be at most $maxNameLength characters');
    }
    final description = json['description'];
    if (description is! String?) {
      throw const InvalidItem('description must be a string');
    }
    if (description != null &&
        description.runes.length > maxDescriptionLength) {
      throw const InvalidItem(
        'description must be at most $maxDescriptionLength characters',
      );
    }
    return NewItem(trimmed, description);
  }

  final String name;
  final String? description;
}

/// Why a body is not a valid [NewItem], in the API's words.
final class InvalidItem implements Exception {
  const InvalidItem(this.message);

  final String message;

  @override
  String toString() => message;
}

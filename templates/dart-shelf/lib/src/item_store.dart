/// An item as stored and returned by the API.
final class Item {
  Item({required this.id, required this.name, this.description});

  final int id;
  final String name;
  final String? description;

  Map<String, Object?> toJson() {
    return {'id': id, 'name': name, 'description': description};
  }
}

/// Keeps the items in memory.
///
/// An isolate runs one event at a time and this server uses a single isolate,
/// so requests never touch the store concurrently: no lock is needed.
final class ItemStore {
  final List<Item> _items = [];

  List<Item> all() => List.unmodifiable(_items);

  Item add(String name, String? description) {
    // Items are never deleted, so ids are positions: 1, 2, 3...
    final item = Item(
      id: _items.length + 1,
      name: name,
      description: description,
    );
    _items.add(item);
    return item;
  }

  Item? find(int id) => id >= 1 && id <= _items.length ? _items[id - 1] : null;
}

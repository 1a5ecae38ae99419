<x-layout title="Items">
    <h1>Items</h1>

    @if (session('status'))
        <p class="status">{{ session('status') }}</p>
    @endif

    <form method="POST" action="{{ route('items.store') }}">
        @csrf
        <label for="name">Name</label>
        <input id="name" name="name" value="{{ old('name') }}" maxlength="100" required>
        @error('name')
            <p class="error">{{ $message }}</p>
        @enderror

        <label for="description">Description <span class="hint">(optional)</span></label>
        <textarea id="description" name="description" rows="3">{{ old('description') }}</textarea>
        @error('description')
            <p class="error">{{ $message }}</p>
        @enderror

        <button type="submit">Add item</button>
    </form>

    <ul class="items">
        @forelse ($items as $item)
            <li>
                <strong>{{ $item->name }}</strong>
                @if ($item->description)
                    <p>{{ $item->description }}</p>
                @endif
            </li>
        @empty
            <li>No items yet.</li>
        @endforelse
    </ul>
</x-layout>

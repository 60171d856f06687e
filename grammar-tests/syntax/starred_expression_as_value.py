value = *items

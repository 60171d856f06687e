# A tiny text adventure driven by input() reading program_adventure.stdin.

ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.over = False

    def look(self):
        room = ROOMS[self.room]
        items = ", ".join(room["items"]) or "nothing"
        exits = ", ".join(sorted(room["exits"]))
        print(f"You are in {room['desc']}. You see: {items}. Exits: {exits}.")

    def go(self, direction):
        target = ROOMS[self.room]["exits"].get(direction)
        if target is None:
            print(f"You can't go {direction}.")
            return
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                print("The way is locked.")
                return
            print("You unlock the door with the key.")
            ROOMS[target]["locked"] = False
        self.room = target
        self.moves += 1
        self.look()

    def take(self, item):
        items = ROOMS[self.room]["items"]
        if item in items:
            items.remove(item)
            self.inventory.append(item)
            print(f"Taken: {item}.")
            if item == "treasure":
                print(f"You win in {self.moves} moves!")
                self.over = True
        else:
            print(f"There is no {item} here.")

    def command(self, line):
        words = line.strip().lower().split()
        if not words:
            return
        verb, *rest = words
        if verb in ("n", "s", "e", "w"):
            verb, rest = "go", [{"n": "north", "s": "south", "e": "east", "w": "west"}[verb]]
        if verb == "look":
            self.look()
        elif verb == "go" and rest:
            self.go(rest[0])
        elif verb == "take" and rest:
            self.take(" ".join(rest))
        elif verb in ("inv", "inventory"):
            print("You carry:", sorted(self.inventory) or "nothing")
        elif verb == "quit":
            self.over = True
        else:
            print(f"I don't understand {line.strip()!r}.")


game = Game()
game.look()
while not game.over:
    try:
        line = input("> ")
    except EOFError:
        print("\n[end of input]")
        break
    print(line)
    game.command(line)
print("inventory:", game.inventory, "moves:", game.moves)
try:
    input("more? ")
except EOFError as e:
    print("EOFError", repr(e))

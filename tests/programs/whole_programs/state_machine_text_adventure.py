# A text adventure driven by commands from stdin: rooms, inventory, match statements.
import sys
ROOMS = {
    "hall": {"description": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"description": "shelves of old books", "exits": {"south": "hall"}, "items": ["key"]},
    "kitchen": {"description": "a cold kitchen", "exits": {"west": "hall"}, "items": []},
}
def play(commands):
    room, inventory, moves = "hall", [], 0
    for command in commands:
        moves += 1
        match command.split():
            case ["look"]:
                here = ROOMS[room]
                print(f"You are in {here['description']}. Exits: {', '.join(sorted(here['exits']))}. Items: {here['items'] or 'none'}")
            case ["go", direction] if direction in ROOMS[room]["exits"]:
                room = ROOMS[room]["exits"][direction]
                print(f"You go {direction} to the {room}.")
            case ["go", direction]:
                print(f"You cannot go {direction}.")
            case ["take", item] if item in ROOMS[room]["items"]:
                ROOMS[room]["items"].remove(item)
                inventory.append(item)
                print(f"Taken: {item}.")
            case ["take", item]:
                print(f"There is no {item} here.")
            case ["inventory" | "inv"]:
                print("You carry:", ", ".join(inventory) or "nothing")
            case ["quit"]:
                print(f"Bye after {moves} moves.")
                return 0
            case _:
                print(f"I don't understand {command!r}.")
    print("The input ended.")
    return 1
sys.exit(play(line.strip() for line in sys.stdin if line.strip()))

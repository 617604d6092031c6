"""go: a Monte Carlo tree search player for the game of Go on a 7 x 7 board.

To choose a move, the player repeats: walk down a tree of positions,
choosing at each node the move with the best upper confidence bound (its
win rate plus a bonus for moves tried rarely: the UCT rule); add one new
position to the tree; finish the game from there with random legal moves (a
"playout"); and count the result as a win or loss for every move on the way
back up. The most-visited first move is played.

The board knows the rules needed for playouts: stones with no liberties are
captured, suicide is not allowed, a single-stone recapture is forbidden
(simple ko), and players do not fill their own one-point eyes. Games are
scored by area (stones plus surrounded empty points), with 5.5 points komi.

Exercises: classes, lists of neighbours, sets, flood fills, random.Random,
floats and math.log/sqrt in the tree policy.
Size: hundreds of playouts.
"""

import math
import random
import sys

DEFAULT_SIZE = 3  # hundreds of playouts
SIZE = 7
EMPTY, BLACK, WHITE = 0, 1, 2
KOMI = 5.5


def opponent(colour):
    return BLACK + WHITE - colour


NEIGHBOURS = []
for _point in range(SIZE * SIZE):
    _row, _column = divmod(_point, SIZE)
    NEIGHBOURS.append([r * SIZE + c for r, c in ((_row - 1, _column), (_row + 1, _column),
                                                  (_row, _column - 1), (_row, _column + 1))
                       if 0 <= r < SIZE and 0 <= c < SIZE])


class Board:
    def __init__(self):
        self.points = [EMPTY] * (SIZE * SIZE)
        self.to_move = BLACK
        self.ko = None  # the point where a single-stone recapture is forbidden
        self.passes = 0

    def copy(self):
        board = Board.__new__(Board)
        board.points = self.points[:]
        board.to_move = self.to_move
        board.ko = self.ko
        board.passes = self.passes
        return board

    def group(self, start):
        """The stones connected to ``start`` and whether the group has a liberty."""
        colour = self.points[start]
        stones = {start}
        frontier = [start]
        has_liberty = False
        while frontier:
            point = frontier.pop()
            for neighbour in NEIGHBOURS[point]:
                value = self.points[neighbour]
                if value == EMPTY:
                    has_liberty = True
                elif value == colour and neighbour not in stones:
                    stones.add(neighbour)
                    frontier.append(neighbour)
        return stones, has_liberty

    def is_eye(self, point, colour):
        return all(self.points[neighbour] == colour for neighbour in NEIGHBOURS[point])

    def play(self, point):
        """Play at ``point`` (None passes); return False if the move is illegal."""
        colour = self.to_move
        if point is None:
            self.passes += 1
            self.ko = None
            self.to_move = opponent(colour)
            return True
        if self.points[point] != EMPTY or point == self.ko:
            return False
        self.points[point] = colour
        captured = []
        for neighbour in NEIGHBOURS[point]:
            if self.points[neighbour] == opponent(colour):
                stones, has_liberty = self.group(neighbour)
                if not has_liberty:
                    captured.extend(stones)
        for stone in captured:
            self.points[stone] = EMPTY
        if not captured and not self.group(point)[1]:
            self.points[point] = EMPTY  # suicide
            return False
        self.ko = captured[0] if len(captured) == 1 else None
        self.passes = 0
        self.to_move = opponent(colour)
        return True

    def candidate_moves(self):
        colour = self.to_move
        return [point for point in range(SIZE * SIZE)
                if self.points[point] == EMPTY and not self.is_eye(point, colour)]

    def random_move(self, generator):
        moves = self.candidate_moves()
        generator.shuffle(moves)
        for point in moves:
            if self.play(point):
                return point
        self.play(None)
        return None

    def score(self):
        """Black's area minus White's, minus komi."""
        total = -KOMI
        for point in range(SIZE * SIZE):
            value = self.points[point]
            if value == EMPTY:
                around = {self.points[neighbour] for neighbour in NEIGHBOURS[point]}
                value = around.pop() if len(around) == 1 else EMPTY
            total += 1 if value == BLACK else -1 if value == WHITE else 0
        return total


class Node:
    def __init__(self, move, parent, mover):
        self.move = move
        self.parent = parent
        self.mover = mover  # the colour that played ``move``
        self.children = []
        self.untried = None
        self.wins = 0
        self.visits = 0

    def best_child(self):
        log_visits = math.log(self.visits)
        return max(self.children, key=lambda child: child.wins / child.visits
                   + 1.2 * math.sqrt(log_visits / child.visits))


def search(board, playouts, generator):
    root = Node(None, None, opponent(board.to_move))
    for _ in range(playouts):
        node = root
        position = board.copy()
        # Selection: follow the best children while this node is fully expanded.
        while node.untried == [] and node.children:
            node = node.best_child()
            position.play(node.move)
        # Expansion: one new child for a move not tried yet.
        if node.untried is None:
            node.untried = position.candidate_moves()
            generator.shuffle(node.untried)
        while node.untried:
            move = node.untried.pop()
            mover = position.to_move
            if position.play(move):
                child = Node(move, node, mover)
                node.children.append(child)
                node = child
                break
        # Playout: random moves until both players pass or the game is long.
        for _ in range(3 * SIZE * SIZE):
            if position.passes >= 2:
                break
            position.random_move(generator)
        black_wins = position.score() > 0
        # Back-propagation: a win for the colour that made each move.
        while node is not None:
            node.visits += 1
            if (node.mover == BLACK) == black_wins:
                node.wins += 1
            node = node.parent
    best = max(root.children, key=lambda child: child.visits)
    return best.move, best.visits, best.wins, len(root.children)


def main(size):
    generator = random.Random(2024)
    board = Board()
    moves = []
    for _ in range(4):
        move, visits, wins, children = search(board, size * 25, generator)
        board.play(move)
        moves.append((divmod(move, SIZE), visits, wins, children))
    print(f"go {SIZE}x{SIZE}, {size * 100} playouts: moves {moves}, score now {board.score()}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)

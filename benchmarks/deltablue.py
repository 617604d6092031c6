"""deltablue: an incremental solver for a hierarchy of one-way constraints.

DeltaBlue (Freeman-Benson, Maloney and Borning) keeps a set of variables
consistent with constraints such as "a = b", "dst = src * scale + offset",
"keep x where it is" or "x follows the user's edits". Each constraint has a
strength (required, strong, ..., weakest); when not all can hold, the
stronger ones win. Every satisfied constraint is given a direction: which of
its variables it computes. Adding a constraint walks the graph to pick
directions (overriding weaker constraints, which then look for another way
to be satisfied); removing one re-satisfies what it was blocking. A "plan"
is the list of constraints to run, in order, to propagate an input change.

Two classic tests: a chain of equalities, where editing the first variable
must change the last; and a projection of many variables through one
scale-and-offset constraint each, edited from either end.

Exercises: classes and inheritance, polymorphic method calls, lists as queues.
Size: number of times both tests run (chain of 100, projection of 100).
"""

import sys

DEFAULT_SIZE = 358  # rounds of the two tests


class Strength:
    """How much a constraint matters: a smaller ``level`` is stronger."""

    def __init__(self, level, name):
        self.level = level
        self.name = name

    def __repr__(self):
        return self.name

    def stronger(self, other):
        return self.level < other.level

    def weaker(self, other):
        return self.level > other.level

    def weakest_of(self, other):
        return self if self.weaker(other) else other

    def next_weaker(self):
        return STRENGTHS[self.level + 1]


STRENGTHS = [Strength(level, name) for level, name in enumerate(
    ("required", "strong preferred", "preferred", "strong default", "normal",
     "weak default", "weakest"))]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = STRENGTHS


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None  # the constraint that computes this variable
        self.walk_strength = WEAKEST  # the weakest constraint upstream of it
        self.stay = True  # nothing upstream ever changes it
        self.mark = 0

    def __repr__(self):
        return f"{self.name}={self.value}"

    def attach(self, constraint):
        self.constraints.append(constraint)

    def detach(self, constraint):
        self.constraints.remove(constraint)
        if self.determined_by is constraint:
            self.determined_by = None


class Constraint:
    """What every constraint does; subclasses say which variables it links."""

    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def add(self):
        self.add_to_graph()
        self.planner.incremental_add(self)

    def destroy(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        """True for constraints that feed the user's changes into the graph."""
        return False

    def satisfy(self, mark):
        """Choose a direction; return the constraint this one overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        output = self.output()
        overridden = output.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        output.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        output.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, planner, variable, strength):
        super().__init__(planner, strength)
        self.variable = variable
        self.satisfied = False
        self.add()

    def add_to_graph(self):
        self.variable.attach(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.variable.detach(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = (self.variable.mark != mark
                          and self.strength.stronger(self.variable.walk_strength))

    def is_satisfied(self):
        return self.satisfied

    def mark_unsatisfied(self):
        self.satisfied = False

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.variable

    def inputs_known(self, mark):
        return True

    def recalculate(self):
        self.variable.walk_strength = self.strength
        self.variable.stay = not self.is_input()
        if self.variable.stay:
            self.execute()

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keep a variable's value unless something stronger changes it."""


class EditConstraint(UnaryConstraint):
    """Marks a variable the user is about to change."""

    def is_input(self):
        return True


class BinaryConstraint(Constraint):
    """A constraint between two variables that can be satisfied either way."""

    def __init__(self, planner, first, second, strength):
        super().__init__(planner, strength)
        self.first = first
        self.second = second
        self.forward = None  # True: computes second from first; False: the reverse

    def add_to_graph(self):
        self.first.attach(self)
        self.second.attach(self)
        self.forward = None

    def remove_from_graph(self):
        self.first.detach(self)
        self.second.detach(self)
        self.forward = None

    def choose_method(self, mark):
        first, second = self.first, self.second
        if first.mark == mark:
            can = second.mark != mark and self.strength.stronger(second.walk_strength)
            self.forward = True if can else None
        elif second.mark == mark:
            can = first.mark != mark and self.strength.stronger(first.walk_strength)
            self.forward = False if can else None
        elif first.walk_strength.weaker(second.walk_strength):
            # Write into the weaker side, if this constraint is stronger than it.
            self.forward = False if self.strength.stronger(first.walk_strength) else None
        else:
            self.forward = True if self.strength.stronger(second.walk_strength) else None

    def is_satisfied(self):
        return self.forward is not None

    def mark_unsatisfied(self):
        self.forward = None

    def input(self):
        return self.first if self.forward else self.second

    def output(self):
        return self.second if self.forward else self.first

    def mark_inputs(self, mark):
        self.input().mark = mark

    def inputs_known(self, mark):
        source = self.input()
        return source.mark == mark or source.stay or source.determined_by is None

    def recalculate(self):
        source, target = self.input(), self.output()
        target.walk_strength = self.strength.weakest_of(source.walk_strength)
        target.stay = source.stay
        if target.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def __init__(self, planner, first, second, strength):
        super().__init__(planner, first, second, strength)
        self.add()

    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """destination = source * scale + offset (scale and offset are inputs only)."""

    def __init__(self, planner, source, scale, offset, destination, strength):
        super().__init__(planner, source, destination, strength)
        self.scale = scale
        self.offset = offset
        self.add()

    def add_to_graph(self):
        super().add_to_graph()
        self.scale.attach(self)
        self.offset.attach(self)

    def remove_from_graph(self):
        super().remove_from_graph()
        self.scale.detach(self)
        self.offset.detach(self)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.forward:
            self.second.value = self.first.value * self.scale.value + self.offset.value
        else:
            self.first.value = (self.second.value - self.offset.value) // self.scale.value

    def recalculate(self):
        source, target = self.input(), self.output()
        target.walk_strength = self.strength.weakest_of(source.walk_strength)
        target.stay = source.stay and self.scale.stay and self.offset.stay
        if target.stay:
            self.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        mark = self.new_mark()
        overridden = constraint.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, constraint):
        output = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(output)
        strength = REQUIRED
        while True:
            for waiting in unsatisfied:
                if waiting.strength is strength:
                    self.incremental_add(waiting)
            strength = strength.next_weaker()
            if strength is WEAKEST:
                break

    def make_plan(self, sources):
        """The constraints to run, in order, to propagate changes from ``sources``."""
        mark = self.new_mark()
        plan = []
        todo = list(sources)
        while todo:
            constraint = todo.pop(0)
            output = constraint.output()
            if output.mark != mark and constraint.inputs_known(mark):
                plan.append(constraint)
                output.mark = mark
                self.add_constraints_consuming(output, todo)
        return plan

    def plan_for_inputs(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])

    def add_propagate(self, constraint, mark):
        """Recompute everything downstream of ``constraint``; False on a cycle."""
        todo = [constraint]
        while todo:
            current = todo.pop(0)
            if current.output().mark == mark:
                self.incremental_remove(constraint)
                return False
            current.recalculate()
            self.add_constraints_consuming(current.output(), todo)
        return True

    def remove_propagate_from(self, variable):
        """Forget what determined ``variable`` and downstream; return the unsatisfied."""
        variable.determined_by = None
        variable.walk_strength = WEAKEST
        variable.stay = True
        unsatisfied = []
        todo = [variable]
        while todo:
            current = todo.pop(0)
            for constraint in current.constraints:
                if not constraint.is_satisfied():
                    unsatisfied.append(constraint)
            determining = current.determined_by
            for constraint in current.constraints:
                if constraint is not determining and constraint.is_satisfied():
                    constraint.recalculate()
                    todo.append(constraint.output())
        return unsatisfied

    def add_constraints_consuming(self, variable, todo):
        determining = variable.determined_by
        for constraint in variable.constraints:
            if constraint is not determining and constraint.is_satisfied():
                todo.append(constraint)


def run_plan(plan):
    for constraint in plan:
        constraint.execute()


def chain_test(length):
    """v0 = v1 = ... = vN; edit v0, and vN must follow."""
    planner = Planner()
    variables = [Variable(f"v{index}") for index in range(length + 1)]
    for first, second in zip(variables, variables[1:]):
        EqualityConstraint(planner, first, second, REQUIRED)
    StayConstraint(planner, variables[-1], STRONG_DEFAULT)
    edit = EditConstraint(planner, variables[0], PREFERRED)
    plan = planner.plan_for_inputs([edit])
    total = 0
    for value in range(100):
        variables[0].value = value
        run_plan(plan)
        if variables[-1].value != value:
            raise AssertionError(f"chain test failed: {variables[-1]} after setting {value}")
        total += variables[-1].value
    edit.destroy()
    return total


def change(planner, variable, value):
    edit = EditConstraint(planner, variable, PREFERRED)
    plan = planner.plan_for_inputs([edit])
    for _ in range(10):
        variable.value = value
        run_plan(plan)
    edit.destroy()


def projection_test(count):
    """dst[i] = src[i] * scale + offset for many i; edit from either side."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources, destinations = [], []
    for index in range(count):
        source = Variable(f"src{index}", index)
        destination = Variable(f"dst{index}", index)
        sources.append(source)
        destinations.append(destination)
        StayConstraint(planner, source, NORMAL)
        ScaleConstraint(planner, source, scale, offset, destination, REQUIRED)
    change(planner, sources[0], 17)
    if destinations[0].value != 1170:
        raise AssertionError(f"projection 1 failed: {destinations[0]}")
    change(planner, destinations[0], 1050)
    if sources[0].value != 5:
        raise AssertionError(f"projection 2 failed: {sources[0]}")
    change(planner, scale, 5)
    for index in range(1, count):
        if destinations[index].value != index * 5 + 1000:
            raise AssertionError(f"projection 3 failed: {destinations[index]}")
    change(planner, offset, 2000)
    for index in range(1, count):
        if destinations[index].value != index * 5 + 2000:
            raise AssertionError(f"projection 4 failed: {destinations[index]}")
    return sum(destination.value for destination in destinations)


def main(size):
    chain = projection = 0
    for _ in range(size):
        chain += chain_test(100)
        projection += projection_test(100)
    print(f"deltablue x{size}: chain checksum {chain}, projection checksum {projection}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)

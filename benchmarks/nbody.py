"""nbody: the Sun and the four giant planets, moved by Newtonian gravity.

Each step computes the pull between every pair of bodies, updates their
velocities, then moves every body by its velocity (a symplectic Euler
integrator). Before and after, the total energy (kinetic plus potential) is
printed; a correct integrator keeps it nearly constant. The initial positions
and velocities are the published orbital data for Jupiter, Saturn, Uranus and
Neptune (in astronomical units and years).

Exercises: float arithmetic, list indexing, tuple unpacking, nested loops.
Size: thousands of time steps.
"""

import sys

DEFAULT_SIZE = 182  # thousands of steps

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


def make_body(x, y, z, vx, vy, vz, mass):
    """A body is a list [position, velocity, mass] so that it can be updated in place."""
    return [[x, y, z], [vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR],
            mass * SOLAR_MASS]


def solar_system():
    return [
        make_body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        make_body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                  1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                  9.54791938424326609e-04),
        make_body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                  -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                  2.85885980666130812e-04),
        make_body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                  2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                  4.36624404335156298e-05),
        make_body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                  2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                  5.15138902046611451e-05),
    ]


def all_pairs(bodies):
    return [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]


def offset_momentum(bodies):
    """Give the Sun the velocity that makes the system's total momentum zero."""
    px = py = pz = 0.0
    for (_, velocity, mass) in bodies:
        px += velocity[0] * mass
        py += velocity[1] * mass
        pz += velocity[2] * mass
    sun_velocity = bodies[0][1]
    sun_velocity[0] = -px / SOLAR_MASS
    sun_velocity[1] = -py / SOLAR_MASS
    sun_velocity[2] = -pz / SOLAR_MASS


def energy(bodies, pairs):
    total = 0.0
    for (_, (vx, vy, vz), mass) in bodies:
        total += 0.5 * mass * (vx * vx + vy * vy + vz * vz)
    for ((p1, _, m1), (p2, _, m2)) in pairs:
        dx = p1[0] - p2[0]
        dy = p1[1] - p2[1]
        dz = p1[2] - p2[2]
        total -= m1 * m2 / (dx * dx + dy * dy + dz * dz) ** 0.5
    return total


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for ((p1, v1, m1), (p2, v2, m2)) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            distance_squared = dx * dx + dy * dy + dz * dz
            magnitude = dt / (distance_squared * distance_squared ** 0.5)
            b1 = m1 * magnitude
            b2 = m2 * magnitude
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v1[2] -= dz * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
            v2[2] += dz * b1
        for (position, velocity, _) in bodies:
            position[0] += dt * velocity[0]
            position[1] += dt * velocity[1]
            position[2] += dt * velocity[2]


def main(size):
    bodies = solar_system()
    pairs = all_pairs(bodies)
    offset_momentum(bodies)
    print(f"energy before: {energy(bodies, pairs):.9f}")
    advance(bodies, pairs, 0.01, size * 1000)
    print(f"energy after {size * 1000} steps: {energy(bodies, pairs):.9f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)

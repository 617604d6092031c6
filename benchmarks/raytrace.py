"""raytrace: a small ray tracer drawing spheres on a checkered floor.

For every pixel a ray leaves the eye through the image plane. The nearest
object it hits decides the colour: the light that reaches that point
(Lambert's cosine law, with a shadow ray towards each light to see whether
something is in the way), a specular highlight, and, for shiny surfaces, the
colour seen along the reflected ray, followed recursively up to a fixed
depth. The image's pixels, rounded to 0-255, are summed into a checksum.

Exercises: a 3-d vector class with operator dunders, method calls on a list
of shapes (polymorphism), float maths and sqrt, recursion.
Size: rows of the image (the image is 64 pixels wide).
"""

import math
import sys

DEFAULT_SIZE = 605  # image rows
WIDTH = 64
MAX_DEPTH = 3


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, factor):
        return Vec(self.x * factor, self.y * factor, self.z * factor)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def blend(self, other):
        """Component-wise product: light of one colour falling on a surface of another."""
        return Vec(self.x * other.x, self.y * other.y, self.z * other.z)


BLACK = Vec(0.0, 0.0, 0.0)
EPSILON = 1e-6


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, distance):
        return self.origin + self.direction * distance


class Surface:
    def __init__(self, colour, shine, reflect):
        self.colour = colour
        self.shine = shine  # the exponent of the specular highlight
        self.reflect = reflect  # how much of the reflected ray's colour is added

    def colour_at(self, point):
        return self.colour


class Checkered(Surface):
    def colour_at(self, point):
        light_square = (math.floor(point.x) + math.floor(point.z)) % 2 == 0
        return Vec(0.9, 0.9, 0.9) if light_square else Vec(0.1, 0.1, 0.1)


class Sphere:
    def __init__(self, centre, radius, surface):
        self.centre = centre
        self.radius = radius
        self.surface = surface

    def hit(self, ray):
        """Distance along ``ray`` to the nearest intersection in front of it, or None."""
        offset = ray.origin - self.centre
        b = offset.dot(ray.direction)
        c = offset.dot(offset) - self.radius * self.radius
        discriminant = b * b - c
        if discriminant < 0:
            return None
        root = math.sqrt(discriminant)
        for distance in (-b - root, -b + root):
            if distance > EPSILON:
                return distance
        return None

    def normal(self, point):
        return (point - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, surface):
        self.point = point
        self.plane_normal = normal.normalized()
        self.surface = surface

    def hit(self, ray):
        facing = ray.direction.dot(self.plane_normal)
        if abs(facing) < EPSILON:
            return None
        distance = (self.point - ray.origin).dot(self.plane_normal) / facing
        return distance if distance > EPSILON else None

    def normal(self, point):
        return self.plane_normal


class Scene:
    def __init__(self):
        self.objects = [
            Plane(Vec(0, 0, 0), Vec(0, 1, 0), Checkered(BLACK, 20, 0.2)),
            Sphere(Vec(-1.2, 1.0, 5.0), 1.0, Surface(Vec(0.9, 0.2, 0.2), 40, 0.3)),
            Sphere(Vec(1.3, 0.8, 4.0), 0.8, Surface(Vec(0.2, 0.8, 0.3), 10, 0.1)),
            Sphere(Vec(0.2, 2.4, 7.0), 1.2, Surface(Vec(0.3, 0.4, 0.9), 80, 0.5)),
        ]
        self.lights = [(Vec(-4, 6, 0), Vec(0.8, 0.8, 0.8)), (Vec(5, 4, 2), Vec(0.4, 0.35, 0.3))]
        self.ambient = Vec(0.08, 0.08, 0.08)

    def nearest(self, ray):
        best, best_distance = None, math.inf
        for thing in self.objects:
            distance = thing.hit(ray)
            if distance is not None and distance < best_distance:
                best, best_distance = thing, distance
        return best, best_distance

    def in_shadow(self, point, light_position):
        to_light = light_position - point
        thing, distance = self.nearest(Ray(point, to_light))
        return thing is not None and distance < to_light.length()

    def trace(self, ray, depth=0):
        thing, distance = self.nearest(ray)
        if thing is None:
            return Vec(0.5, 0.7, 1.0) * (0.5 + 0.5 * ray.direction.y)  # the sky
        point = ray.at(distance)
        normal = thing.normal(point)
        surface = thing.surface
        base = surface.colour_at(point)
        colour = base.blend(self.ambient)
        for position, light in self.lights:
            if self.in_shadow(point, position):
                continue
            to_light = (position - point).normalized()
            diffuse = normal.dot(to_light)
            if diffuse > 0:
                colour = colour + base.blend(light) * diffuse
            halfway = (to_light - ray.direction).normalized()
            specular = max(0.0, normal.dot(halfway)) ** surface.shine
            colour = colour + light * specular
        if surface.reflect > 0 and depth < MAX_DEPTH:
            bounce = ray.direction - normal * (2 * ray.direction.dot(normal))
            colour = colour + self.trace(Ray(point, bounce), depth + 1) * surface.reflect
        return colour


def render(rows):
    scene = Scene()
    eye = Vec(0.0, 1.5, -2.0)
    checksum = 0
    for row in range(rows):
        y = 1.0 - 2.0 * (row + 0.5) / rows
        for column in range(WIDTH):
            x = 2.0 * (column + 0.5) / WIDTH - 1.0
            colour = scene.trace(Ray(eye, Vec(x, y * 0.75, 1.0)))
            red, green, blue = (min(255, int(channel * 255))
                                for channel in (colour.x, colour.y, colour.z))
            checksum = (checksum * 7 + red * 65536 + green * 256 + blue) % 1_000_000_007
    return checksum


def main(size):
    print(f"raytrace: {WIDTH} x {size} pixels, checksum {render(size)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)

# raytrace: a small recursive ray tracer (vector objects, spheres and a plane, diffuse and
# specular lighting, shadows, reflections); checksum of the quantised image.
# small-size: 24
import sys
import time

DEFAULT_SIZE = 180


class Vec(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5

    def norm(self):
        return self.scale(1.0 / self.length())

    def mul(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


class Ray(object):
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.norm()

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Sphere(object):
    def __init__(self, centre, radius, colour, reflect):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.reflect = reflect

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return None

    def normal_at(self, p):
        return (p - self.centre).norm()

    def colour_at(self, p):
        return self.colour


class Plane(object):
    def __init__(self, point, normal, reflect):
        self.point = point
        self.normal = normal.norm()
        self.reflect = reflect

    def intersect(self, ray):
        d = ray.direction.dot(self.normal)
        if abs(d) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / d
        if t > 1e-6:
            return t
        return None

    def normal_at(self, p):
        return self.normal

    def colour_at(self, p):
        if (int(p.x * 2.0 + 1000.0) + int(p.z * 2.0 + 1000.0)) % 2 == 0:
            return Vec(0.9, 0.9, 0.9)
        return Vec(0.1, 0.1, 0.1)


class Scene(object):
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.0, 0.7, 6.0), 0.7, Vec(0.2, 0.9, 0.2), 0.2),
            Sphere(Vec(2.0, 1.5, 7.0), 1.5, Vec(0.2, 0.2, 0.9), 0.5),
            Sphere(Vec(0.7, 0.3, 3.5), 0.3, Vec(0.9, 0.9, 0.2), 0.0),
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), 0.25),
        ]
        self.lights = [(Vec(-5.0, 8.0, -2.0), 0.8), (Vec(6.0, 5.0, 1.0), 0.5)]
        self.eye = Vec(0.0, 1.5, -2.0)

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, p, light_pos):
        to_light = light_pos - p
        dist = to_light.length()
        ray = Ray(p, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(1.0, 1.0, 1.0).scale(1.0 - k) + Vec(0.5, 0.7, 1.0).scale(k)
        p = ray.at(t)
        n = obj.normal_at(p)
        base = obj.colour_at(p)
        colour = base.scale(0.1)
        for light_pos, intensity in self.lights:
            if self.shadowed(p, light_pos):
                continue
            l = (light_pos - p).norm()
            diff = n.dot(l)
            if diff > 0.0:
                colour = colour + base.scale(diff * intensity)
                h = (l - ray.direction).norm()
                spec = n.dot(h)
                if spec > 0.0:
                    colour = colour + Vec(1.0, 1.0, 1.0).scale(intensity * spec ** 32)
        if obj.reflect > 0.0 and depth < 3:
            r = ray.direction - n.scale(2.0 * ray.direction.dot(n))
            refl = self.trace(Ray(p, r), depth + 1)
            colour = colour.scale(1.0 - obj.reflect) + refl.scale(obj.reflect)
        return colour


def clamp(c):
    v = int(c * 255.0)
    if v < 0:
        return 0
    if v > 255:
        return 255
    return v


def bench(size):
    scene = Scene()
    width = size
    height = size * 3 // 4
    checksum = 0
    bright = 0
    for j in range(height):
        for i in range(width):
            x = (i - width / 2.0) / width * 2.0
            y = (height / 2.0 - j) / width * 2.0
            ray = Ray(scene.eye, Vec(x, y + 0.0, 1.5))
            c = scene.trace(ray, 0)
            r, g, b = clamp(c.x), clamp(c.y), clamp(c.z)
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
            if r + g + b > 600:
                bright += 1
    return "raytrace %dx%d checksum=%d bright=%d" % (width, height, checksum, bright)


def main():
    size = DEFAULT_SIZE
    inner = 0
    for arg in sys.argv[1:]:
        if arg.startswith("--inner="):
            inner = int(arg[len("--inner="):])
        else:
            size = int(arg)
    result = None
    for _ in range(max(inner, 1)):
        t0 = time.perf_counter()
        result = bench(size)
        t1 = time.perf_counter()
        if inner:
            print("#iter %.9f" % (t1 - t0))
    print(result)


main()

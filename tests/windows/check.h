// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once
// The least a test runner needs, without Qt: named tests, checks that stop the test and say where.
#include <cstdio>
#include <functional>
#include <string>
#include <type_traits>
#include <vector>

namespace check {

struct Failure
{
    std::string where;
};

struct Test
{
    const char *name;
    std::function<void()> body;
};

inline std::vector<Test> &registry()
{
    static std::vector<Test> tests;
    return tests;
}

struct Register
{
    Register(const char *name, std::function<void()> body) { registry().push_back({name, std::move(body)}); }
};

[[noreturn]] inline void fail(const char *file, int line, const std::string &what)
{
    throw Failure{std::string(file) + ":" + std::to_string(line) + ": " + what};
}

// Runs the named test, or every test; prints one line per test; 0 when all passed.
inline int run(int argc, char **argv)
{
    int failed = 0, ran = 0;
    for (const Test &t : registry()) {
        if (argc > 1 && std::string(argv[1]) != t.name)
            continue;
        ++ran;
        try {
            t.body();
            std::printf("PASS   %s\n", t.name);
        } catch (const Failure &f) {
            ++failed;
            std::printf("FAIL   %s\n       %s\n", t.name, f.where.c_str());
        }
        std::fflush(stdout);
    }
    if (ran == 0) {
        std::printf("no test named %s\n", argc > 1 ? argv[1] : "(any)");
        return 2;
    }
    return failed ? 1 : 0;
}

} // namespace check

#define TEST(name)                                                                                                     \
    static void name();                                                                                                \
    static check::Register register_##name(#name, name);                                                               \
    static void name()

#define CHECK(cond)                                                                                                    \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            check::fail(__FILE__, __LINE__, "CHECK(" #cond ")");                                                       \
    } while (0)

#define CHECK_EQ(a, b)                                                                                                 \
    do {                                                                                                               \
        const auto &check_a = (a);                                                                                     \
        const auto &check_b = (b);                                                                                     \
        if (!(check_a == check_b))                                                                                     \
            check::fail(__FILE__, __LINE__,                                                                            \
                        "CHECK_EQ(" #a ", " #b "): " + check::show(check_a) + " != " + check::show(check_b));          \
    } while (0)

namespace check {
inline std::string show(const std::string &s)
{
    return "\"" + s + "\"";
}
inline std::string show(const char *s)
{
    return "\"" + std::string(s) + "\"";
}
template <typename T> std::string show(const T &v)
{
    if constexpr (std::is_arithmetic_v<T>)
        return std::to_string(v);
    else if constexpr (std::is_enum_v<T>)
        return std::to_string(static_cast<long long>(v));
    else
        return "(value)";
}
} // namespace check

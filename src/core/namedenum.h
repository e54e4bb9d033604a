// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QLatin1String>
#include <QString>

#include <cstddef>

namespace corral {

// One table of {value, wire name} per enum, so that naming and parsing cannot drift apart (the style
// of protocol.cpp's state and command names).
template <typename Enum> struct Named
{
    Enum value;
    const char *name;
};

template <typename Enum, std::size_t N> QString nameOf(const Named<Enum> (&table)[N], Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

template <typename Enum, std::size_t N> bool parseName(const Named<Enum> (&table)[N], const QString &text, Enum *value)
{
    for (const auto &entry : table) {
        if (text == QLatin1String(entry.name)) {
            *value = entry.value;
            return true;
        }
    }
    return false;
}

} // namespace corral

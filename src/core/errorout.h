// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

#include <type_traits>

namespace corral {

// The reason for a caller that asked for one (`error` may be null): setError for a step that goes on,
// fail for `return fail(error, "...")`. A QString mostly; a ConfigError for the config file.
template <typename Reason> void setError(Reason *error, const std::decay_t<Reason> &reason)
{
    if (error)
        *error = reason;
}

template <typename Reason> bool fail(Reason *error, const std::decay_t<Reason> &reason)
{
    setError(error, reason);
    return false;
}

} // namespace corral

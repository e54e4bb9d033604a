// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "resourcesampler.h"

namespace corral::gui {

void CpuRate::apply(const QHash<qint64, double> &cpuSeconds, QHash<qint64, ResourceUsage> *usage)
{
    const double elapsedS = m_clock.isValid() ? m_clock.restart() / 1000.0 : 0;
    if (!m_clock.isValid())
        m_clock.start();
    for (auto it = cpuSeconds.cbegin(); it != cpuSeconds.cend(); ++it) {
        const auto previous = m_previous.constFind(it.key());
        if (previous == m_previous.constEnd() || elapsedS <= 0)
            continue;
        // A member that exited between samples takes its time with it: never report less than 0.
        const double delta = qMax(0.0, it.value() - previous.value());
        (*usage)[it.key()].cpuPercent = 100.0 * delta / elapsedS;
    }
    m_previous = cpuSeconds;
}

} // namespace corral::gui

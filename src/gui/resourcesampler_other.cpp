// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0
// Platforms without a sampler yet (macOS: proc_pidinfo) show "–".
#include "resourcesampler.h"

namespace corral::gui {

namespace {

class NullResourceSampler : public ResourceSampler
{
public:
    QHash<qint64, ResourceUsage> sample(const QList<qint64> &) override { return {}; }
};

} // namespace

std::unique_ptr<ResourceSampler> ResourceSampler::create()
{
    return std::make_unique<NullResourceSampler>();
}

} // namespace corral::gui

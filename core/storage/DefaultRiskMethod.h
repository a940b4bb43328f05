// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariantMap>

namespace isoaudit {

/// The risk method a new audit starts with: the common 5x5 matrix scored likelihood x impact (scoring "product"),
/// with score bands 1-5 Low, 6-10 Medium, 11-15 High, 16-25 Critical and acceptance up to 10. It is only a
/// starting point: the auditor records the client's own method (any N x M up to 10 x 10, the client's labels,
/// scoring and bands).
QVariantMap defaultRiskMethod();

} // namespace isoaudit

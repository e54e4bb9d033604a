// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QStringList>

class QLabel;
class QWidget;

namespace corral::gui {

// How the editor dialogs mark what is wrong while the user types: a red frame around the input (a
// style sheet, because a palette change is ignored by the native macOS and Windows styles) and the
// reasons in a label under it. The dynamic property "invalid" says the same to tests and to themes.
void setInvalidMark(QWidget *widget, bool invalid);
bool hasInvalidMark(const QWidget *widget);

// Shows the reasons in the label in the error colour, one per line; hides the label when there are none,
// so a valid form does not keep empty space under every field.
void showReasons(QLabel *label, const QStringList &reasons);
// Reasons first, then warnings (what does not block saving, such as a path that does not exist yet), in
// the warning colour when there are only warnings.
void showReasons(QLabel *label, const QStringList &reasons, const QStringList &warnings);

} // namespace corral::gui

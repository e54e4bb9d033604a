// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "invalidmark.h"

#include <QColor>
#include <QLabel>
#include <QPalette>
#include <QWidget>

namespace corral::gui {

namespace {

const QColor errorColor(0xd3, 0x2f, 0x2f);
const QColor warningColor(0xb2, 0x6a, 0x00);
const char *const invalidProperty = "invalid";

} // namespace

void setInvalidMark(QWidget *widget, bool invalid)
{
    if (!widget || hasInvalidMark(widget) == invalid)
        return;
    widget->setProperty(invalidProperty, invalid);
    // The object-name selector keeps the frame off the widget's children (a spin box's line edit, a
    // table's viewport), which a selector-less sheet would also draw.
    widget->setStyleSheet(
        invalid ? QStringLiteral("#%1 { border: 1px solid %2; }").arg(widget->objectName(), errorColor.name())
                : QString());
}

bool hasInvalidMark(const QWidget *widget)
{
    return widget && widget->property(invalidProperty).toBool();
}

void showReasons(QLabel *label, const QStringList &reasons, const QStringList &warnings)
{
    showReasons(label, reasons + warnings);
    if (label && reasons.isEmpty() && !warnings.isEmpty()) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, warningColor);
        label->setPalette(palette);
    }
}

void showReasons(QLabel *label, const QStringList &reasons)
{
    if (!label)
        return;
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorColor);
    label->setPalette(palette);
    label->setWordWrap(true);
    label->setText(reasons.join(QLatin1Char('\n')));
    label->setVisible(!reasons.isEmpty());
}

} // namespace corral::gui

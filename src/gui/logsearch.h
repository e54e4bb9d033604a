// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QString>
#include <QTextCursor>
#include <QTextEdit>

class QPlainTextEdit;

namespace corral::gui {

// The matches of one search term in a log view, which of them is current, and their highlight.
class LogSearch
{
public:
    // More highlights than this make every repaint slow; the count still covers every match.
    static constexpr int MaxHighlights = 5000;

    explicit LogSearch(QPlainTextEdit *view);

    // Case-insensitive plain text; an empty term clears the highlight.
    void setTerm(const QString &term);
    QString term() const { return m_term; }
    // Finds the matches again after the text changed; the current match stays current while it is shown.
    void refresh();

    // Make the match after (before) the current one current, or the first (last) one from the top (bottom)
    // of the viewport on when none is; both wrap around. False when there is no match.
    bool next();
    bool previous();

    int count() const { return int(m_matches.size()); }
    // 0-based; -1 when no match is current.
    int currentIndex() const { return m_currentIndex; }
    int highlightCount() const { return m_highlightCount; }

private:
    void select(int index);
    void highlight();

    QPlainTextEdit *m_view;
    QString m_term;
    QList<int> m_matches;  // document positions, ascending
    QTextCursor m_current; // moves with the text when old lines are dropped from the top
    int m_currentIndex = -1;
    int m_highlightCount = 0;
};

} // namespace corral::gui

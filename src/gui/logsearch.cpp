// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "logsearch.h"

#include <QPalette>
#include <QPlainTextEdit>
#include <QPoint>
#include <QTextDocument>

#include <algorithm>

namespace corral::gui {

LogSearch::LogSearch(QPlainTextEdit *view) : m_view(view) {}

void LogSearch::setTerm(const QString &term)
{
    if (term == m_term)
        return;
    m_term = term;
    m_current = QTextCursor();
    m_currentIndex = -1;
    refresh();
}

void LogSearch::refresh()
{
    m_matches.clear();
    m_currentIndex = -1;
    if (!m_term.isEmpty()) {
        // toPlainText() keeps one character per document position (block ends become '\n'), so string
        // offsets are cursor positions.
        const QString text = m_view->document()->toPlainText();
        for (qsizetype at = text.indexOf(m_term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(m_term, at + m_term.size(), Qt::CaseInsensitive))
            m_matches.append(int(at));
    }
    if (m_current.hasSelection()) {
        const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), m_current.selectionStart());
        if (it != m_matches.cend() && *it == m_current.selectionStart() &&
            m_current.selectionEnd() - m_current.selectionStart() == m_term.size())
            m_currentIndex = int(it - m_matches.cbegin());
    }
    if (m_currentIndex < 0)
        m_current = QTextCursor();
    highlight();
}

bool LogSearch::next()
{
    if (m_matches.isEmpty())
        return false;
    if (m_currentIndex >= 0) {
        select((m_currentIndex + 1) % count());
        return true;
    }
    // Without a current match, search from where the reader is looking: the top of the viewport.
    const int from = m_view->cursorForPosition(QPoint(0, 0)).position();
    const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from);
    select(it == m_matches.cend() ? 0 : int(it - m_matches.cbegin()));
    return true;
}

bool LogSearch::previous()
{
    if (m_matches.isEmpty())
        return false;
    if (m_currentIndex >= 0) {
        select((m_currentIndex + count() - 1) % count());
        return true;
    }
    const QTextCursor bottom = m_view->cursorForPosition(QPoint(0, m_view->viewport()->height() - 1));
    QTextCursor end = bottom;
    end.movePosition(QTextCursor::EndOfBlock);
    const int from = end.position() + 1;
    const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from);
    select(it == m_matches.cbegin() ? count() - 1 : int(it - m_matches.cbegin()) - 1);
    return true;
}

void LogSearch::select(int index)
{
    m_currentIndex = index;
    m_current = QTextCursor(m_view->document());
    m_current.setPosition(m_matches.at(index));
    m_current.setPosition(m_matches.at(index) + int(m_term.size()), QTextCursor::KeepAnchor);
    m_view->setTextCursor(m_current);
    m_view->ensureCursorVisible();
    highlight();
}

void LogSearch::highlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_matches.isEmpty()) {
        // Beyond the cap, highlight the matches around the current one, or the newest ones.
        int first = 0;
        int last = count();
        if (count() > MaxHighlights) {
            const int centre = m_currentIndex >= 0 ? m_currentIndex : count() - MaxHighlights / 2;
            first = std::clamp(centre - MaxHighlights / 2, 0, count() - MaxHighlights);
            last = first + MaxHighlights;
        }
        QTextCharFormat match;
        match.setBackground(QColor(255, 230, 80));
        match.setForeground(Qt::black);
        QTextCharFormat current = match;
        current.setBackground(QColor(255, 150, 40));
        selections.reserve(last - first);
        QTextDocument *document = m_view->document();
        for (int i = first; i < last; ++i) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(document);
            selection.cursor.setPosition(m_matches.at(i));
            selection.cursor.setPosition(m_matches.at(i) + int(m_term.size()), QTextCursor::KeepAnchor);
            selection.format = i == m_currentIndex ? current : match;
            selections.append(selection);
        }
    }
    m_highlightCount = int(selections.size());
    m_view->setExtraSelections(selections);
}

} // namespace corral::gui

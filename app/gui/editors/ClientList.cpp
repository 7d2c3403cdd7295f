#include "editors/ClientList.h"

#include <QEvent>
#include <QScrollBar>

namespace aipex::gui {

namespace {

// Symbols, not words: the legend and the tooltips say them in the user's language.
constexpr char16_t kFoundMark = u'\u2713';
constexpr char16_t kGuessMark = u'?';

} // namespace

ClientList::ClientList(QWidget* parent)
    : QListWidget(parent)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setUniformItemSizes(true);
}

QString ClientList::legend()
{
    return tr("%1 found on this computer\n%2 a best guess").arg(QChar(kFoundMark), QChar(kGuessMark));
}

void ClientList::fill(const ClientEnvironment& env)
{
    clear();
    for (const ClientProfile& p : ClientProfile::all()) {
        const bool hasFile = p.supportsScope(ConfigScope::User) || p.supportsScope(ConfigScope::Project);
        const bool found = hasFile && p.looksInstalled(env);
        QString state;
        if (hasFile)
            state = found ? tr("installed") : tr("not found");
        if (!p.confirmed())
            state = state.isEmpty() ? tr("best guess") : tr("%1, best guess").arg(state);
        QString label = p.displayName();
        if (found)
            label.append(u' ').append(QChar(kFoundMark));
        if (!p.confirmed())
            label.append(u' ').append(QChar(kGuessMark));
        const QString full = state.isEmpty() ? p.displayName() : tr("%1 (%2)").arg(p.displayName(), state);
        auto* item = new QListWidgetItem(label);
        item->setData(Qt::UserRole, p.id());
        item->setData(Qt::AccessibleTextRole, full);
        if (!p.note().isEmpty())
            item->setData(Qt::AccessibleDescriptionRole, p.note());
        item->setToolTip(p.note().isEmpty() ? full : full + u'\n' + p.note());
        addItem(item);
    }
    updateGeometry();
}

int ClientList::neededWidth() const
{
    // The delegate's width for the widest entry (text, margins), both frame sides, and the
    // vertical scroll bar, which about twenty editors in a 580-pixel window always need.
    const int content = count() > 0 ? sizeHintForColumn(0) : fontMetrics().averageCharWidth() * 16;
    return content + 2 * frameWidth() + 2 * spacing() + verticalScrollBar()->sizeHint().width();
}

QSize ClientList::sizeHint() const
{
    return {neededWidth(), QListWidget::sizeHint().height()};
}

QSize ClientList::minimumSizeHint() const
{
    return {neededWidth(), QListWidget::minimumSizeHint().height()};
}

void ClientList::changeEvent(QEvent* event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
}

} // namespace aipex::gui

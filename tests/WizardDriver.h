#pragma once

#include "FakeServer.h"
#include "SetupWizard.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

// Drives the real wizard the way a person would: typing into fields found by
// objectName and pressing the wizard's own buttons.
struct WizardDriver
{
    aipex::gui::SetupWizard* wizard;

    template<typename T = QWidget>
    T* find(const char* name) const
    {
        T* w = wizard->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    void type(const char* name, const QString& text) const
    {
        QLineEdit* edit = find<QLineEdit>(name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    QAbstractButton* button(QWizard::WizardButton which) const { return wizard->button(which); }

    // Clicks Next when it is enabled (the wizard keeps it disabled while busy).
    bool next() const
    {
        QAbstractButton* b = button(QWizard::NextButton);
        if (!QTest::qWaitFor([b] { return b->isEnabled() && b->isVisible(); }, 5000))
            return false;
        QTest::mouseClick(b, Qt::LeftButton);
        return true;
    }

    void back() const { QTest::mouseClick(button(QWizard::BackButton), Qt::LeftButton); }

    bool waitForPage(int id, int ms = 10000) const
    {
        return QTest::qWaitFor([this, id] { return wizard->currentId() == id; }, ms);
    }

    QString statusText() const
    {
        QWidget* page = wizard->currentPage();
        auto* label = page ? page->findChild<QLabel*>(QStringLiteral("statusText")) : nullptr;
        return label ? label->text() : QString();
    }
};

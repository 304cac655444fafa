#pragma once
// Answering modal dialogs in GUI tests: the answer runs inside the dialog's own event loop once it
// shows (a QDialog, a QMessageBox, a QInputDialog), as a user would click it.

#include "catch.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

// Records and closes every message box that opens while it lives (looked for every 5 ms).
struct MessageBoxes {
    QStringList titles;
    QStringList texts;
    QStringList informativeTexts;
    QTimer timer;

    MessageBoxes()
    {
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                titles << box->windowTitle();
                texts << box->text();
                informativeTexts << box->informativeText();
                box->close();
            }
        });
        timer.start();
    }
};

// Calls answer(dialog) once a modal window other than `previous` shows; gives up after five seconds.
inline void whenModal(std::function<void(QWidget *)> answer, QWidget *previous = nullptr)
{
    auto *timer = new QTimer;
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    QPointer<QWidget> before(previous);
    QObject::connect(timer, &QTimer::timeout, [timer, answer, before, started, previous] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal != previous && modal->isVisible()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        } else if (started->elapsed() > 5000) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(5);
}

// The button of a dialog with this text (mnemonics ignored), or null.
inline QAbstractButton *buttonNamed(QWidget *dialog, const QString &text)
{
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        QString label = button->text();
        label.remove(QLatin1Char('&'));
        if (label == text)
            return button;
    }
    return nullptr;
}

inline QPushButton *okButton(QWidget *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

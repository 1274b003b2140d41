;;; workspace-letters.el --- workspace diagnostics in Emacs 28 + eglot, for a letter that is not opened.
;; Run by emacs.test.mjs as `emacs --batch -Q -l workspace-letters.el'. Opens IMR_LETTER, connects eglot to
;; IMR_SERVER (the README's set-up) with the letter's folder as the workspace, and records every
;; textDocument/publishDiagnostics eglot receives: eglot 1.9 shows diagnostics only in a buffer visiting the
;; file, so the ones the server pushes for IMR_UNOPENED (never visited) are read from the notifications.
;; Then it copies IMR_REPLACEMENT over IMR_UNOPENED on disk; eglot's own file watcher (the server registers
;; workspace/didChangeWatchedFiles) tells the server, which must push the new diagnostics. Every wait is a
;; bounded loop on a condition, reading events (process output, file notifications) meanwhile.
(require 'package)
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)

(define-derived-mode imr-mode text-mode "IMR")
(add-to-list 'auto-mode-alist '("\\.imr\\'" . imr-mode))
(add-to-list 'eglot-server-programs `(imr-mode "node" ,(getenv "IMR_SERVER") "--stdio"))

(defvar imr-pushed (make-hash-table :test 'equal)
  "File name -> the rule codes of the latest diagnostics pushed for it.")

(advice-add 'eglot-handle-notification :before
            (lambda (_server method &rest params)
              (when (eq method 'textDocument/publishDiagnostics)
                (puthash (file-name-nondirectory (url-unhex-string (plist-get params :uri)))
                         (mapcar (lambda (d) (format "%s" (plist-get d :code))) (plist-get params :diagnostics))
                         imr-pushed))))

(defvar imr-told-of-change nil
  "The workspace/didChangeWatchedFiles notifications eglot sent, as (file . type).")

(advice-add 'jsonrpc-notify :before
            (lambda (_connection method params)
              (when (eq method :workspace/didChangeWatchedFiles)
                (dolist (change (append (plist-get params :changes) nil))
                  (push (cons (file-name-nondirectory (url-unhex-string (plist-get change :uri))) (plist-get change :type))
                        imr-told-of-change)))))

(defun imr-wait-until (what predicate)
  "Read events until PREDICATE holds or 30 s pass; print TIMEOUT WHAT if it never held."
  (let ((deadline (+ (float-time) 30)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (read-event nil nil 0.1))
    (or (funcall predicate)
        (progn (princ (format "TIMEOUT %s\n" what)) nil))))

(defun imr-codes (name)
  (mapconcat #'identity (gethash name imr-pushed '("none")) ","))

(let* ((unopened (getenv "IMR_UNOPENED"))
       (name (file-name-nondirectory unopened)))
  (setq eglot-sync-connect t)
  (find-file (getenv "IMR_LETTER"))
  (imr-mode)
  (apply #'eglot (eglot--guess-contact))
  (princ (format "SERVER %s\n" (if (eglot-current-server) "connected" "none")))
  (when (imr-wait-until "diagnostics of the unopened letter" (lambda () (gethash name imr-pushed)))
    (let ((before (gethash name imr-pushed)))
      (princ (format "UNOPENED BEFORE %s\n" (imr-codes name)))
      (when (imr-wait-until "the server's file watcher"
                            (lambda () (> (hash-table-count (eglot--file-watches (eglot-current-server))) 0)))
        (copy-file (getenv "IMR_REPLACEMENT") unopened t)
        (when (imr-wait-until "diagnostics after the change on disk"
                              (lambda () (not (equal (gethash name imr-pushed) before))))
          (princ (format "UNOPENED AFTER %s\n" (imr-codes name)))
          (princ (format "TOLD OF CHANGE %s\n" (if (assoc name imr-told-of-change) "yes" "no")))))))
  (princ (format "VISITED %s\n" (if (find-buffer-visiting unopened) "yes" "no")))
  (eglot-shutdown (eglot-current-server))
  (kill-emacs 0))

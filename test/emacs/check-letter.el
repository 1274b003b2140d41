;;; check-letter.el --- Emacs 28 + eglot as a real LSP client of `node dist/server.js --stdio'.
;; Run by emacs.test.mjs as `emacs --batch -Q -l check-letter.el'. Opens the letter named by IMR_LETTER in
;; a mode of its own, connects eglot to the server named by IMR_SERVER (the README's set-up), waits for the
;; pushed diagnostics (a bounded wait on process output, not a sleep) and prints one line per diagnostic.
(require 'package)
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)
(require 'flymake)

(define-derived-mode imr-mode text-mode "IMR")
(add-to-list 'auto-mode-alist '("\\.imr\\'" . imr-mode))
(add-to-list 'eglot-server-programs `(imr-mode "node" ,(getenv "IMR_SERVER") "--stdio"))

(setq eglot-sync-connect t)
(find-file (getenv "IMR_LETTER"))
(imr-mode)
(apply #'eglot (eglot--guess-contact))
(flymake-start)

(let ((deadline (+ (float-time) 30)))
  (while (and (null (flymake-diagnostics)) (< (float-time) deadline))
    (accept-process-output nil 0.1)))

(dolist (d (flymake-diagnostics))
  (princ (format "DIAGNOSTIC %s %s\n" (flymake-diagnostic-type d) (flymake-diagnostic-text d))))
(princ (format "SERVER %s\n" (if (eglot-current-server) "connected" "none")))
(eglot-shutdown (eglot-current-server))
(kill-emacs 0)

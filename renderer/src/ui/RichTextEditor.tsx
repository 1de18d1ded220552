import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { fromEditorDoc, parseRichText, richTextToMarkdown, toEditorDoc } from '../../../shared/richtext';
import { useT } from '../i18n/useT';
import { linkAddress, richTextExtensions, type RichTextKeyHooks } from './rich-text-extensions';
import './rich-text-editor.css';

export interface RichTextEditorProps {
  /** The id of the editable area, for links and tests that go straight to it. */
  id?: string;
  label: string;
  help?: string;
  /** The stored text: the Markdown subset of shared/richtext. */
  value: string;
  /** Called with the new Markdown when the planner leaves the editor or presses Ctrl+S, if it changed. */
  onCommit: (markdown: string) => void;
  readOnly?: boolean;
}

/**
 * A formatted-text field: paragraphs, bold, italics, lists and links, edited as they will look.
 * Like CommitField, it edits a draft and hands it to the plan when the focus leaves it (the
 * editor, its toolbar and its link field count as one) or on Ctrl+S: one undo step per visit,
 * not per keystroke. When the plan's value changes underneath (undo) and there is no draft, it
 * shows the new value. It is filled from parseRichText, so it shows what the document prints.
 */
export function RichTextEditor({ id, label, help, value, onCommit, readOnly = false }: RichTextEditorProps) {
  const t = useT();
  const generatedId = useId();
  const editorId = id ?? `rich-text-${generatedId}`;
  const labelId = `${editorId}-label`;
  const helpId = `${editorId}-help`;
  // The plan's value the editor started from, and whether anything was typed since; also read
  // by the editor's key handlers (rich-text-extensions.ts), which run outside React's render.
  const [session] = useState(() => createSession(value));
  const [extensions] = useState(() => richTextExtensions(session));

  // Read once: later values arrive through the effect below, which respects a draft.
  const [initialContent] = useState(() => toEditorDoc(parseRichText(value)));
  const editor = useEditor({
    extensions,
    content: initialContent,
    editable: !readOnly,
    // Styles come from rich-text-editor.css: the app's CSP refuses inline <style>.
    injectCSS: false,
    editorProps: {
      attributes: {
        id: editorId,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-readonly': readOnly ? 'true' : 'false',
        'aria-labelledby': labelId,
        ...(help ? { 'aria-describedby': helpId } : {}),
        class: 'rich-text-content',
        spellcheck: 'true',
      },
      handleDOMEvents: {
        // Links are never followed from the editor, even read-only: the window must stay the app.
        click: (_view, event) => {
          if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
          return false;
        },
      },
    },
    onUpdate: ({ editor: current, transaction }) => {
      if (transaction.docChanged) markDraft(current, true);
    },
  });

  function markDraft(current: Editor, value: boolean) {
    session.setDraft(value);
    // keyboard.ts leaves Ctrl+Z to a field that holds a draft, as it does for CommitField.
    if (value) current.view.dom.dataset.draft = 'true';
    else delete current.view.dom.dataset.draft;
  }

  function show(current: Editor, markdown: string) {
    current
      .chain()
      .setMeta('addToHistory', false)
      .setContent(toEditorDoc(parseRichText(markdown)), { emitUpdate: false })
      .run();
    markDraft(current, false);
  }

  /** Hands the draft to the plan; returns the Markdown the editor now stands for. */
  function commit(): string {
    if (!editor || !session.hasDraft()) return session.base();
    const markdown = richTextToMarkdown(fromEditorDoc(editor.getJSON()));
    markDraft(editor, false);
    if (markdown !== session.base()) {
      session.setBase(markdown);
      onCommit(markdown);
    }
    return markdown;
  }

  useEffect(() => {
    session.setCommit(commit);
  });

  useEffect(() => {
    if (!editor || value === session.base()) return;
    session.setBase(value);
    // A draft wins: committing it will replace the plan's value, as in CommitField.
    if (!session.hasDraft()) show(editor, value);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `show` uses only the session and its arguments
  }, [editor, value]);

  useEffect(() => {
    editor?.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  const [linkOpen, setLinkOpen] = useState(false);

  function leave(event: FocusEvent<HTMLDivElement>) {
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    const hadDraft = session.hasDraft();
    const markdown = commit();
    setLinkOpen(false);
    // Show the text as it was stored (normalize.ts): what the document will print.
    if (editor && hadDraft) show(editor, markdown);
  }

  return (
    <div className="field rich-text" onBlur={leave}>
      <div id={labelId} className="rich-text-label" onClick={() => editor?.commands.focus()}>
        {label}
      </div>
      {help && (
        <p className="hint" id={helpId}>
          {help}
        </p>
      )}
      <div className="rich-text-frame" data-readonly={readOnly ? 'true' : undefined}>
        {editor && !readOnly && <Toolbar editor={editor} editorId={editorId} label={label} linkOpen={linkOpen} onLink={() => setLinkOpen(true)} />}
        {editor && linkOpen && !readOnly && <LinkField editor={editor} onClose={() => setLinkOpen(false)} />}
        {readOnly && <p className="rich-text-readonly small muted">{t('richtext.readOnly')}</p>}
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}

/**
 * What the component shares with the editor's key handlers (rich-text-extensions.ts), which run
 * outside React's render: the plan's value the editor started from, whether anything was typed
 * since, and how to hand the draft over.
 */
function createSession(initialBase: string) {
  let base = initialBase;
  let draft = false;
  let commitNow = () => {};
  return {
    base: () => base,
    setBase: (value: string) => {
      base = value;
    },
    hasDraft: () => draft,
    setDraft: (value: boolean) => {
      draft = value;
    },
    setCommit: (commit: () => void) => {
      commitNow = commit;
    },
    commit: () => commitNow(),
  } satisfies RichTextKeyHooks & Record<string, unknown>;
}

interface ToolbarProps {
  editor: Editor;
  editorId: string;
  label: string;
  linkOpen: boolean;
  onLink: () => void;
}

type ToolName = 'bold' | 'italic' | 'bulletList' | 'orderedList' | 'link';
const TOOLS: readonly ToolName[] = ['bold', 'italic', 'bulletList', 'orderedList', 'link'];

/** One tab stop; the arrow keys move between the buttons (WAI-ARIA toolbar pattern). */
function Toolbar({ editor, editorId, label, linkOpen, onLink }: ToolbarProps) {
  const t = useT();
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const active = useEditorState({
    editor,
    selector: ({ editor: state }) => ({
      bold: state.isActive('bold'),
      italic: state.isActive('italic'),
      bulletList: state.isActive('bulletList'),
      orderedList: state.isActive('orderedList'),
      link: state.isActive('link'),
    }),
  });

  function run(tool: ToolName) {
    const chain = editor.chain().focus();
    if (tool === 'bold') chain.toggleBold().run();
    else if (tool === 'italic') chain.toggleItalic().run();
    else if (tool === 'bulletList') chain.toggleBulletList().run();
    else if (tool === 'orderedList') chain.toggleOrderedList().run();
    else onLink();
  }

  function move(event: KeyboardEvent<HTMLDivElement>) {
    const last = TOOLS.length - 1;
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = (next + TOOLS.length) % TOOLS.length;
    setCurrent(index);
    buttons.current[index]?.focus();
  }

  return (
    <div role="toolbar" aria-label={t('richtext.toolbar', { label })} aria-controls={editorId} className="rich-text-toolbar" onKeyDown={move}>
      {TOOLS.map((tool, index) => (
        <button
          key={tool}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          className="rich-text-tool"
          tabIndex={index === current ? 0 : -1}
          aria-pressed={tool === 'link' ? active.link || linkOpen : active[tool]}
          aria-label={t(`richtext.${tool}`)}
          title={t(`richtext.${tool}`)}
          // Keeps the text selected and the caret in the editor when clicked with the mouse.
          onMouseDown={(event) => event.preventDefault()}
          onFocus={() => setCurrent(index)}
          onClick={() => run(tool)}
        >
          <ToolIcon tool={tool} />
        </button>
      ))}
    </div>
  );
}

// Material Design icons (Apache License 2.0), drawn inline: nothing is fetched.
const ICONS: Record<ToolName, string> = {
  bold: 'M15.6 10.79c.97-.67 1.65-1.77 1.65-2.79 0-2.26-1.75-4-4-4H7v14h7.04c2.09 0 3.71-1.7 3.71-3.79 0-1.52-.86-2.82-2.15-3.42zM10 6.5h3c.83 0 1.5.67 1.5 1.5s-.67 1.5-1.5 1.5h-3v-3zm3.5 9H10v-3h3.5c.83 0 1.5.67 1.5 1.5s-.67 1.5-1.5 1.5z',
  italic: 'M10 4v3h2.21l-3.42 8H6v3h8v-3h-2.21l3.42-8H18V4z',
  bulletList:
    'M4 10.5c-.83 0-1.5.67-1.5 1.5s.67 1.5 1.5 1.5 1.5-.67 1.5-1.5-.67-1.5-1.5-1.5zm0-6c-.83 0-1.5.67-1.5 1.5S3.17 7.5 4 7.5 5.5 6.83 5.5 6 4.83 4.5 4 4.5zm0 12c-.83 0-1.5.68-1.5 1.5s.68 1.5 1.5 1.5 1.5-.68 1.5-1.5-.67-1.5-1.5-1.5zM7 19h14v-2H7v2zm0-6h14v-2H7v2zm0-8v2h14V5H7z',
  orderedList: 'M2 17h2v.5H3v1h1v.5H2v1h3v-4H2v1zm1-9h1V4H2v1h1v3zm-1 3h1.8L2 13.1v.9h3v-1H3.2L5 10.9V10H2v1zm5-6v2h14V5H7zm0 14h14v-2H7v2zm0-6h14v-2H7v2z',
  link: 'M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z',
};

function ToolIcon({ tool }: { tool: ToolName }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={ICONS[tool]} fill="currentColor" />
    </svg>
  );
}

/** The address of the link at the caret or for the selected text: only https: and mailto: are taken. */
function LinkField({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useT();
  const fieldId = useId();
  const existing = editor.getAttributes('link').href;
  const [address, setAddress] = useState(typeof existing === 'string' ? existing : '');
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  function close() {
    onClose();
    editor.commands.focus();
  }

  function apply() {
    const href = linkAddress(address);
    if (!href) {
      setProblem(t('richtext.linkInvalid'));
      input.current?.focus();
      return;
    }
    const { empty } = editor.state.selection;
    if (empty && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the linked text.
      const text = address.trim();
      editor.chain().focus().insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
    onClose();
  }

  function remove() {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  }

  return (
    <div className="rich-text-link">
      <label htmlFor={fieldId}>{t('richtext.linkField')}</label>
      <input
        ref={input}
        id={fieldId}
        type="url"
        inputMode="url"
        value={address}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={`${fieldId}-hint`}
        onChange={(event) => {
          setAddress(event.target.value);
          setProblem(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            apply();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            close();
          }
        }}
      />
      <p className={problem ? 'field-problem' : 'hint'} id={`${fieldId}-hint`} role={problem ? 'alert' : undefined}>
        {problem ?? t('richtext.linkHint')}
      </p>
      <div className="button-row">
        <button type="button" onClick={apply}>
          {t('richtext.linkApply')}
        </button>
        {typeof existing === 'string' && (
          <button type="button" className="secondary" onClick={remove}>
            {t('richtext.linkRemove')}
          </button>
        )}
        <button type="button" className="secondary" onClick={close}>
          {t('richtext.linkCancel')}
        </button>
      </div>
    </div>
  );
}

import { describe, expect, it } from 'vitest';
import { xmlProblem } from './xml-wellformed';

// The checker guards every document test, so it must itself fail on what it is meant to catch.
describe('xmlProblem (test helper)', () => {
  it('accepts well-formed XML', () => {
    expect(xmlProblem('<?xml version="1.0"?><a x="1" y=\'&amp;\'><b/><!-- c --><c>t &lt; &#233; &#x1F600;<![CDATA[<raw>]]></c></a>')).toBeNull();
    expect(xmlProblem('<w:a xmlns:w="urn:w" xml:lang="es"><w:b w:c="1"><v:d xmlns:v="urn:v"/></w:b></w:a>')).toBeNull();
  });

  it.each([
    ['<a><b></a></b>', 'crossed tags'],
    ['<a>', 'unclosed tag'],
    ['<a></a><b></b>', 'two roots'],
    ['<a x="1" x="2"/>', 'duplicate attribute'],
    ['<a x="<"/>', '< in an attribute'],
    ['<a x=1/>', 'unquoted attribute'],
    ['<a x="1"y="2"/>', 'attributes not separated'],
    ['<a>&</a>', 'bare ampersand'],
    ['<a>&nbsp;</a>', 'unknown entity'],
    ['<a>&#0;</a>', 'reference to NUL'],
    ['<a>&#xFFFE;</a>', 'reference to U+FFFE'],
    ['<a>]]></a>', ']]> in text'],
    ['<a>\u0001</a>', 'control character'],
    ['<a>\uFFFE</a>', 'U+FFFE'],
    ['<a>\uD800</a>', 'lone surrogate'],
    ['<!DOCTYPE a><a/>', 'DOCTYPE'],
    ['text<a/>', 'text outside the root'],
    ['<a><!-- x -- y --></a>', 'double hyphen in comment'],
    ['', 'empty'],
    ['<?xml version="1.0" encoding=UTF-8?><a/>', 'bad declaration'],
    ['<:a/>', 'empty namespace prefix'],
    ['<w:a/>', 'undeclared element prefix'],
    ['<a xmlns:w="urn:w"><w:b v:c="1"/></a>', 'undeclared attribute prefix'],
    ['<a><b xmlns:w="urn:w"/><w:c/></a>', 'prefix used out of its scope'],
  ])('refuses %j (%s)', (xml) => {
    expect(xmlProblem(xml)).not.toBeNull();
  });
});

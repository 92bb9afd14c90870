import { describe, expect, it } from 'vitest';
import { blankTemplateActions } from '../../../src/parsers/yaml/helm-template.js';
import { readManifests } from '../../../src/parsers/kubernetes/manifests.js';
import { parseYaml, plainValue, valueOf } from '../../../src/parsers/yaml/positions.js';

describe('blankTemplateActions', () => {
  it('keeps every offset and line break', () => {
    const text =
      'metadata:\n  name: {{ include "x" . }}-data\n  labels:\n    {{- include "l" .\n      | nindent 4 }}\n';
    const blanked = blankTemplateActions(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked.split('\n').length).toBe(text.split('\n').length);
    expect(blanked).toContain('name: ___________________-data');
    expect(blanked.split('\n')[3]!.trim()).toBe('');
  });

  it('lets a templated StatefulSet parse with its name as written', () => {
    const text =
      '{{- if .Values.enabled }}\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: {{ include "db.fullname" . }}\n{{- end }}\n';
    const read = readManifests(text, true);
    expect(read.error).toBeUndefined();
    expect(read.objects.map((o) => o.key)).toEqual(['StatefulSet//{{ include "db.fullname" . }}']);
  });
});

describe('parseYaml', () => {
  it('reads CloudFormation short-form intrinsics as their long form', () => {
    const root = parseYaml('A: !Sub "x-${E}"\nB: !GetAtt Db.Endpoint\nC: !Join ["", [a, !Ref B]]\n').documents[0]!.root;
    expect(plainValue(valueOf(root, 'A'))).toEqual({ 'Fn::Sub': 'x-${E}' });
    expect(plainValue(valueOf(root, 'B'))).toEqual({ 'Fn::GetAtt': 'Db.Endpoint' });
    expect(plainValue(valueOf(root, 'C'))).toEqual({ 'Fn::Join': ['', ['a', { Ref: 'B' }]] });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// app/globals.css copies into Tailwind's @theme only the Ontario Design System tokens the site
// uses, each with the token's name in a comment; they must keep the Design System's values.

const root = path.resolve(__dirname, '../..');
const tokens = fs.readFileSync(path.join(root, 'node_modules/@ongov/ontario-design-system-design-tokens/dist/css/_variables.css'), 'utf8');
const globals = fs.readFileSync(path.join(root, 'app/globals.css'), 'utf8');

const mapped = [...globals.matchAll(/^\s*(--[\w-]+):\s*([^;]+);\s*\/\*\s*(--ontario-[\w-]+)\s*\*\//gm)].map(([, name, value, token]) => ({ name, value, token }));

describe('Ontario Design System tokens in app/globals.css', () => {
  it('are there', () => {
    expect(mapped.map((m) => m.token)).toContain('--ontario-colour-system-link');
  });

  it.each(mapped)('$name has the value of $token', ({ value, token }) => {
    const original = new RegExp(`${token}:\\s*([^;]+);`).exec(tokens)?.[1];
    expect(original, `${token} is not in the Design System's tokens`).toBeDefined();
    expect(value.trim().toLowerCase()).toBe(original!.trim().toLowerCase());
  });
});

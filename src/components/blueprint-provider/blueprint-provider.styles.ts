import { css } from 'lit';
import { hostStyles, statusStyles } from '../../internal/styles.js';

export const styles = [
  hostStyles,
  statusStyles,
  css`
    .base {
      display: block;
    }
  `,
];

import { render } from 'preact';
import { App } from './app';
import { backgroundOptionsClient } from './client';
import './options.css';

const root = document.getElementById('app');
if (root) render(<App client={backgroundOptionsClient()} />, root);

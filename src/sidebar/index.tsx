import { render } from 'preact';
import { App } from './app';
import { backgroundClient } from './client';
import './sidebar.css';

const root = document.getElementById('app');
if (root) render(<App client={backgroundClient()} />, root);
